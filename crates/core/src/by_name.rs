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
