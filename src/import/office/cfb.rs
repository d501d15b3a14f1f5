//! The names of the streams in an OLE compound file (CFB): what tells an .xls or WPS .et
//! workbook (`Workbook`, `Book`) from a Word .doc (`WordDocument`) and from an Office file
//! encrypted with a password (`EncryptionInfo`, `EncryptedPackage`), which Excel, Word and WPS
//! all save as a compound file whatever its extension.
//!
//! Only the directory is read: the header, the sector allocation table and the directory
//! chain, every offset checked against the file, every chain bounded by the number of sectors.

/// The first bytes of every compound file.
pub(super) const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Sector numbers from here up are markers (free, end of chain, FAT, DIFAT), not sectors.
const LAST_SECTOR: u32 = 0xFFFF_FFFA;

/// The names of the directory entries (streams and storages), `None` when the directory cannot
/// be read.
pub(super) fn entry_names(bytes: &[u8]) -> Option<Vec<String>> {
    if bytes.get(..8)? != SIGNATURE {
        return None;
    }
    let shift = u32::from(u16_at(bytes, 0x1E)?);
    if !(7..=16).contains(&shift) {
        return None;
    }
    let size = 1usize << shift;
    let sector = |n: u32| -> Option<&[u8]> {
        let start = (n as usize).checked_add(1)?.checked_mul(size)?;
        bytes.get(start..start.checked_add(size)?)
    };
    let sectors = bytes.len() / size;
    // The FAT's own sectors: 109 in the header, more in a chain of DIFAT sectors.
    let mut fat_sectors: Vec<u32> = (0..109)
        .filter_map(|i| u32_at(bytes, 0x4C + 4 * i))
        .filter(|&s| s < LAST_SECTOR)
        .collect();
    let mut difat = u32_at(bytes, 0x44)?;
    let mut hops = 0;
    while difat < LAST_SECTOR && hops <= sectors {
        let data = sector(difat)?;
        let entries = size / 4 - 1;
        fat_sectors.extend(
            (0..entries)
                .filter_map(|i| u32_at(data, 4 * i))
                .filter(|&s| s < LAST_SECTOR),
        );
        difat = u32_at(data, size - 4)?;
        hops += 1;
    }
    let mut fat = Vec::new();
    for &s in fat_sectors.iter().take(sectors) {
        let data = sector(s)?;
        fat.extend((0..size / 4).filter_map(|i| u32_at(data, 4 * i)));
    }
    let mut names = Vec::new();
    let mut dir = u32_at(bytes, 0x30)?;
    let mut hops = 0;
    while dir < LAST_SECTOR && hops <= sectors {
        let data = sector(dir)?;
        for entry in data.chunks_exact(128) {
            let len = usize::from(u16_at(entry, 64)?);
            let kind = *entry.get(66)?;
            if kind == 0 || !(2..=64).contains(&len) {
                continue;
            }
            let units: Vec<u16> = (0..len / 2 - 1)
                .filter_map(|i| u16_at(entry, 2 * i))
                .collect();
            names.push(String::from_utf16_lossy(&units));
        }
        dir = *fat.get(dir as usize)?;
        hops += 1;
    }
    Some(names)
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        bytes.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        bytes.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_compound_file_gives_no_names_and_no_panic() {
        let mut header = vec![0u8; 512];
        header[..8].copy_from_slice(&SIGNATURE);
        assert!(entry_names(&header).is_none(), "sector shift 0");
        header[0x1E] = 9;
        header[0x30..0x34].copy_from_slice(&7u32.to_le_bytes());
        assert!(entry_names(&header).is_none(), "directory beyond the end");
        assert!(entry_names(&SIGNATURE).is_none());
        assert!(entry_names(b"PK\x03\x04").is_none());
    }
}
