//! Reads canonical text back into tables of cells, by the rules of `docs/format.md` only: cells
//! separated by tabs, rows ended by `\n`, tables separated by one empty line, a cell that starts
//! with `"` is quoted (`""` inside stands for `"`, tabs and `\n` inside are part of the cell).

/// The tables of `text`, or what breaks the rules and where.
pub fn read_tables(text: &str) -> Result<Vec<Vec<Vec<String>>>, String> {
    let mut tables = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    for row in read_rows(text)? {
        if row.len() == 1 && row[0].is_empty() {
            if table.is_empty() {
                return Err("an empty line that does not separate two tables".into());
            }
            tables.push(std::mem::take(&mut table));
        } else {
            table.push(row);
        }
    }
    if !table.is_empty() {
        tables.push(table);
    } else if !tables.is_empty() {
        return Err("text ends with an empty line".into());
    }
    Ok(tables)
}

/// The rows of `text`; every row must end with `\n`.
pub fn read_rows(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let mut cell = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    None => return Err(format!("unclosed quote in row {}", rows.len() + 1)),
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    Some('"') => break,
                    Some('\r') => return Err("carriage return inside a quoted cell".into()),
                    Some(c) => cell.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == '\t' || c == '\n' {
                    break;
                }
                if c == '"' || c == '\r' {
                    return Err(format!("unquoted {c:?} in row {}", rows.len() + 1));
                }
                cell.push(c);
                chars.next();
            }
        }
        row.push(cell);
        match chars.next() {
            Some('\t') => {}
            Some('\n') => rows.push(std::mem::take(&mut row)),
            Some(c) => {
                return Err(format!(
                    "{c:?} after a quoted cell in row {}",
                    rows.len() + 1
                ));
            }
            None => return Err("the last row has no line end".into()),
        }
    }
    Ok(rows)
}

/// What a cell reads back as: its line breaks written as `\n`.
pub fn as_read(cell: &str) -> String {
    cell.replace("\r\n", "\n").replace('\r', "\n")
}
