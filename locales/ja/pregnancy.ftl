## Pregnancy records and postnatal checkups
