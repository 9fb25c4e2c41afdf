## Materials handed out at the pregnancy notification (hagu materials and the app's Materials screen). $name is the municipality.

materials-kind-guide = Guide
materials-kind-coupons = Checkup forms and coupons
materials-kind-contacts = Where to ask
materials-heading = Materials of { $name } (handed out at the pregnancy notification)
materials-none = No materials yet. When you sync with the portal, your municipality's materials are kept on this device and can be read offline.
materials-no-match = No material matches “{ $query }”.
materials-count = { $count ->
    [one] 1 item
   *[other] { $count } items
}
materials-source = Source: { $source }
materials-problem = Part of the materials could not be read (left out): { $problem }
materials-no-municipality = No municipality is set. Set it with “hagu municipality set CODE”, then get the materials with “hagu sync”.
cli-materials-about = Show and search the materials handed out at the pregnancy notification (guides, lists of checkup forms and coupons, where to ask)
cli-materials-search-help = Only materials containing this text (title, description, entries)
cli-materials-json-help = Print JSON (for scripts)

## The app's screen (ui/src/materials.rs)
materials-card-title = Pregnancy notification materials
materials-card-intro = Guides, lists of checkup forms and coupons, and where to ask — readable offline.
materials-card-open = See the materials
materials-screen-title = Pregnancy notification materials
materials-search-label = Search the materials
materials-search-placeholder = e.g. checkup, contact
materials-back = Back to the list
