//! Just enough of P's printed values to read names out of payloads: a
//! record prints as `<field:value, field:value, >`, a tuple as `<a, b, >`,
//! a sequence or set as `(a, b)`, a map as `(<k->v>, ...)`, a machine as
//! `Name(id)`, a string bare. Best effort: text that does not look like a
//! record gives `None`, never a panic.

/// The top-level fields of a printed record, `(name, value text)` in order;
/// `None` when `text` is not a record (a tuple's items have no names).
pub fn fields(text: &str) -> Option<Vec<(&str, &str)>> {
    let inner = text.trim().strip_prefix('<')?.strip_suffix('>')?;
    let mut out = Vec::new();
    for item in split_top(inner) {
        let colon = item.find(':')?;
        let (key, value) = (&item[..colon], &item[colon + 1..]);
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        out.push((key, value));
    }
    Some(out)
}

/// One field of a printed record.
pub fn field<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    fields(text)?
        .into_iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Whether a printed value is a plain scalar (a number, a bool, an enum
/// value or a bare string: no record, collection or machine reference).
pub fn is_scalar(value: &str) -> bool {
    !value.is_empty() && !value.contains(['<', '(', '>', ')'])
}

/// The items of a record's or collection's inside, split at its top-level
/// `, ` separators (the trailing empty item of `<a, b, >` dropped).
fn split_top(inner: &str) -> Vec<&str> {
    let bytes = inner.as_bytes();
    let mut depth = 0i32;
    let mut start = 0;
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' | b'(' => depth += 1,
            b')' => depth -= 1,
            // `->` in a map entry is not a closing bracket.
            b'>' if i == 0 || bytes[i - 1] != b'-' => depth -= 1,
            b',' if depth == 0 && bytes.get(i + 1) == Some(&b' ') => {
                out.push(&inner[start..i]);
                start = i + 2;
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    let last = inner[start..].trim_end();
    if !last.is_empty() {
        out.push(last);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_record_fields_with_nested_values() {
        let p = "<queue:inbound, region:1, record:<recordId:11, recordValue:19, >, >";
        assert_eq!(
            fields(p).unwrap(),
            vec![
                ("queue", "inbound"),
                ("region", "1"),
                ("record", "<recordId:11, recordValue:19, >")
            ]
        );
        let c = "<caller:ScenarioDriver(2), tag:1, control:<action:6, target:<kind:0, name:record-source, region:0, >, count:1, >, >";
        let target = field(field(c, "control").unwrap(), "target").unwrap();
        assert_eq!(field(target, "name"), Some("record-source"));
        assert_eq!(field(c, "caller"), Some("ScenarioDriver(2)"));
    }

    #[test]
    fn maps_sequences_and_non_records() {
        let p = "<databases:(<0->RegionalDatabase(27)>, <1->RegionalDatabase(28)>), >";
        assert_eq!(
            fields(p).unwrap(),
            vec![(
                "databases",
                "(<0->RegionalDatabase(27)>, <1->RegionalDatabase(28)>)"
            )]
        );
        assert_eq!(fields("<1, 2, >"), None);
        assert_eq!(fields("42"), None);
        assert_eq!(fields("<>"), Some(vec![]));
        assert!(is_scalar("inbound"));
        assert!(!is_scalar("Queue(4)"));
        assert!(!is_scalar("<a:1, >"));
    }
}
