//! Serde for unit enums that travel as their name and list every value in
//! `ALL`: one comparison over that list instead of the derive's visitors,
//! which for enums of many names are a large part of the UI's wasm (the
//! window reads every validation error's field and code).

/// `Serialize` and `Deserialize` for `$ty` as the string `$ty::$name`
/// gives; reading accepts the names of `$ty::ALL` only.
macro_rules! serde_by_name {
    ($ty:ty, $name:ident) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.$name())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = String::deserialize(d)?;
                <$ty>::ALL
                    .iter()
                    .copied()
                    .find(|v| v.$name() == name)
                    .ok_or_else(|| serde::de::Error::unknown_variant(&name, &[]))
            }
        }
    };
}

pub(crate) use serde_by_name;

/// A closed list of choices, each named by its id: the enum (`Debug`,
/// `Clone`, `Copy`, `PartialEq`, `Eq`, `Hash`, and what its own attributes
/// add), `ALL` (every value, in the order listed), `as_str` (the id, as
/// stored and as a form and the CLI send it) and `parse` (the value of an
/// id). With `: serde` it is serialized as its id; with `messages "p-"`
/// it has `message_id`, the Fluent id `p-<id>` (or the one a variant
/// names after `=>`).
macro_rules! choices {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident $(: $serde:ident)? $(messages $prefix:literal)? {
            $($(#[$vmeta:meta])* $variant:ident = $id:literal $(=> $message:literal)?),+ $(,)?
        }
    ) => {
        $crate::by_name::choices!(@enum [$($serde)?] [$(#[$meta])*] $vis $name
            [$($(#[$vmeta])* $variant = $id),+]);

        impl $name {
            pub const ALL: [$name; <[&str]>::len(&[$($id),+])] = [$($name::$variant),+];

            /// The id, as stored and as a form and the CLI send it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            /// The value of an id.
            pub fn parse(s: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|c| c.as_str() == s)
            }
        }

        $crate::by_name::choices!(@messages $name [$($prefix)?]
            [$($variant = $id $(=> $message)?),+]);
    };
    (@enum [] [$($attr:tt)*] $vis:vis $name:ident
        [$($(#[$vmeta:meta])* $variant:ident = $id:literal),+]) => {
        $($attr)*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }
    };
    (@enum [serde] [$($attr:tt)*] $vis:vis $name:ident
        [$($(#[$vmeta:meta])* $variant:ident = $id:literal),+]) => {
        $($attr)*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        $vis enum $name {
            $($(#[$vmeta])* #[serde(rename = $id)] $variant),+
        }
    };
    (@messages $name:ident [] [$($rest:tt)*]) => {};
    (@messages $name:ident [$prefix:literal]
        [$($variant:ident = $id:literal $(=> $message:literal)?),+]) => {
        impl $name {
            /// The Fluent id of its name in words.
            pub fn message_id(self) -> &'static str {
                match self {
                    $($name::$variant => $crate::by_name::choices!(@message $prefix $id $($message)?)),+
                }
            }
        }
    };
    (@message $prefix:literal $id:literal) => { concat!($prefix, $id) };
    (@message $prefix:literal $id:literal $message:literal) => { $message };
}

pub(crate) use choices;
