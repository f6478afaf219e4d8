//! Interned names: field names, string literal types and identifiers map to dense [`Sym`] ids.

use hashbrown::HashMap;

/// An interned byte string (a name or a string literal). Ids are dense, starting at 0.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// Maps byte strings to [`Sym`]s and back.
#[derive(Default, Debug)]
pub struct Interner {
    map: HashMap<Box<[u8]>, Sym>,
    names: Vec<Box<[u8]>>,
}

impl Interner {
    /// The id of `text`, allocating one the first time it is seen.
    pub fn intern(&mut self, text: &[u8]) -> Sym {
        if let Some(&sym) = self.map.get(text) {
            return sym;
        }
        let sym = Sym(self.names.len() as u32);
        self.names.push(text.into());
        self.map.insert(text.into(), sym);
        sym
    }

    /// The id of `text` if it was interned before.
    pub fn lookup(&self, text: &[u8]) -> Option<Sym> {
        self.map.get(text).copied()
    }

    /// The bytes of an interned symbol.
    pub fn bytes(&self, sym: Sym) -> &[u8] {
        &self.names[sym.0 as usize]
    }

    /// The symbol's text, with invalid UTF-8 replaced.
    pub fn text(&self, sym: Sym) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(self.bytes(sym))
    }

    /// How many symbols exist (every id is below this).
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True if nothing was interned yet.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_is_stable() {
        let mut i = Interner::default();
        let a = i.intern(b"x");
        let b = i.intern(b"y");
        assert_ne!(a, b);
        assert_eq!(i.intern(b"x"), a);
        assert_eq!(i.bytes(b), b"y");
        assert_eq!(i.lookup(b"z"), None);
        assert_eq!(i.len(), 2);
    }
}
