//! Writing a file so that it is either the old one or the new one, never a mix, and never
//! through a link or onto something that is not a file.
//!
//! Every file the program writes (scenarios, autosaves, exported tables and figures, the
//! command line's `--out`) goes through here, so the rules below hold everywhere:
//! - the new content goes to a temporary file in the target's folder, flushed and synced, then
//!   renamed over the target, and the folder is synced so the rename survives a power cut;
//! - a previous version kept as `FILE.bak` is made the same way (a new file, then a rename), so
//!   a `FILE.bak` that is a symbolic link is replaced, never written through;
//! - a target that is a symbolic link to a file is written at the link's target, keeping the
//!   link (see [`resolve_target`], which callers use to say so); a link to nothing or to a
//!   special file is refused;
//! - pipes, devices, sockets and folders are refused, never opened.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::errors::SaveError;

/// Whether to keep the replaced file as `FILE.bak`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backup {
    Keep,
    Skip,
}

/// Who may read a new file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// What any program would create: read and write for everyone, less the user's umask; a
    /// file that is replaced keeps its own permissions.
    Usual,
    /// Only the owner (0600), whatever the umask or the replaced file's permissions: for
    /// unsaved work and preferences, which may hold drafts nobody else should read.
    Private,
}

/// Where a save to `path` really writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// `path` is a regular file, or nothing yet.
    Plain(PathBuf),
    /// `path` is a symbolic link to the regular file `target`; saving writes `target` and
    /// leaves the link as it is.
    ThroughLink { link: PathBuf, target: PathBuf },
}

impl Target {
    /// The file that will hold the bytes.
    #[must_use]
    pub fn file(&self) -> &Path {
        match self {
            Self::Plain(path) => path,
            Self::ThroughLink { target, .. } => target,
        }
    }
}

/// Says where a save to `path` would write, or why it cannot: a folder, a pipe, a device, a
/// link to nothing or a missing folder is refused here, before anything is opened (opening a
/// pipe would wait forever for a writer).
///
/// # Errors
/// [`SaveError::IsAFolder`], [`SaveError::NotAFile`], [`SaveError::BrokenLink`],
/// [`SaveError::NoFolder`].
pub fn resolve_target(path: &Path) -> Result<Target, SaveError> {
    let shown = || path.display().to_string();
    let target = match std::fs::symlink_metadata(path) {
        Err(_) => Target::Plain(path.to_path_buf()),
        Ok(meta) if meta.file_type().is_symlink() => {
            let broken = || SaveError::BrokenLink {
                path: shown(),
                target: std::fs::read_link(path)
                    .map(|t| t.display().to_string())
                    .unwrap_or_default(),
            };
            // What the link leads to decides, before its name is made canonical: a link to a
            // pipe (`/dev/stdout`) has no canonical name, but it is a pipe, not "nothing".
            let pointed = std::fs::metadata(path).map_err(|_| broken())?;
            if pointed.is_dir() {
                return Err(SaveError::IsAFolder { path: shown() });
            }
            if !pointed.is_file() {
                return Err(SaveError::NotAFile {
                    path: shown(),
                    kind: special_kind(&pointed),
                });
            }
            Target::ThroughLink {
                link: path.to_path_buf(),
                target: std::fs::canonicalize(path).map_err(|_| broken())?,
            }
        }
        Ok(_) => Target::Plain(path.to_path_buf()),
    };
    match std::fs::metadata(target.file()) {
        Ok(meta) if meta.is_dir() => return Err(SaveError::IsAFolder { path: shown() }),
        Ok(meta) if !meta.is_file() => {
            return Err(SaveError::NotAFile {
                path: shown(),
                kind: special_kind(&meta),
            });
        }
        _ => {}
    }
    let folder = folder_of(target.file());
    if !folder.is_dir() {
        // Said plainly, rather than as the temporary file's name that could not be created.
        return Err(SaveError::NoFolder {
            path: shown(),
            folder: folder.display().to_string(),
        });
    }
    Ok(target)
}

/// Writes `bytes` to `path` atomically, keeping the previous version as `FILE.bak`.
///
/// # Errors
/// As [`write_streaming`].
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically_with(path, bytes, Backup::Keep, |file, bytes| {
        file.write_all(bytes)
    })
}

/// As [`write_atomically`], with the writing of the bytes left to `write`, so that tests can
/// make it fail (a full disk, say) at the worst moment.
///
/// # Errors
/// As [`write_streaming`].
pub fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    backup: Backup,
    write: impl FnOnce(&mut File, &[u8]) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    write_streaming(path, backup, Access::Usual, |file| write(file, bytes))
}

/// Writes a file only its owner may read (0600), atomically and without a `.bak`.
///
/// # Errors
/// As [`write_streaming`].
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_streaming(path, Backup::Skip, Access::Private, |file| {
        file.write_all(bytes)
    })
}

/// Writes an exported table or figure made by `make`, atomically and without a `.bak`: an
/// export is made again in a click, unlike a scenario.
///
/// # Errors
/// When `make` fails or the file cannot be written; an existing file is then untouched.
pub fn write_export(
    path: &Path,
    make: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let mut bytes = Vec::new();
    make(&mut bytes).map_err(|source| SaveError::Io {
        path: path.display().to_string(),
        source,
    })?;
    write_streaming(path, Backup::Skip, Access::Usual, |file| {
        file.write_all(&bytes)
    })
}

/// The one atomic writer: `write` fills a temporary file beside the target (buffer it if it
/// writes in small pieces), which then replaces the target. Any failure, including one
/// reported by `write`, leaves the target and its `.bak` as they were and removes the
/// temporary file.
///
/// # Errors
/// When the target is refused by [`resolve_target`], when `write` fails, or when the folder
/// cannot be written.
pub fn write_streaming(
    path: &Path,
    backup: Backup,
    access: Access,
    write: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let io = |source| SaveError::Io {
        path: path.display().to_string(),
        source,
    };
    let target = resolve_target(path)?;
    let file = target.file();
    let mut temp = new_temp_beside(file, access).map_err(io)?;
    write(temp.as_file_mut()).map_err(io)?;
    temp.as_file_mut().flush().map_err(io)?;
    set_access(file, temp.as_file(), access).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    if backup == Backup::Keep && file.is_file() {
        // The backup sits beside the name the user chose, where they will look for it.
        let bak = backup_path(path);
        keep_copy(file, &bak).map_err(|source| SaveError::Backup {
            path: bak.display().to_string(),
            source,
        })?;
    }
    temp.persist(file).map_err(|e| io(e.error))?;
    sync_folder(folder_of(file));
    Ok(())
}

/// Copies `from` to `bak` as a new file renamed into place: whatever `bak` was (a file, a link
/// planted by an archive) is replaced, and nothing is written through it.
fn keep_copy(from: &Path, bak: &Path) -> std::io::Result<()> {
    if std::fs::symlink_metadata(bak).is_ok_and(|m| m.is_dir()) {
        return Err(std::io::Error::other(
            "a folder has that name; move it away",
        ));
    }
    let mut source = File::open(from)?;
    let mut temp = new_temp_beside(bak, Access::Usual)?;
    {
        let mut out = BufWriter::new(temp.as_file_mut());
        std::io::copy(&mut source, &mut out)?;
        out.flush()?;
    }
    temp.as_file()
        .set_permissions(source.metadata()?.permissions())?;
    temp.as_file().sync_all()?;
    temp.persist(bak).map_err(|e| e.error)?;
    sync_folder(folder_of(bak));
    Ok(())
}

fn new_temp_beside(path: &Path, access: Access) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".gaza-zones-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created with the mode a new file gets (the kernel applies the umask), so a user who
        // keeps their files private gets private results.
        let mode = match access {
            Access::Usual => 0o666,
            Access::Private => 0o600,
        };
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = access;
    builder.tempfile_in(folder_of(path))
}

/// A replaced file keeps its permissions (others who could read it still can); a private file
/// is 0600 whatever it replaces.
fn set_access(target: &Path, temp: &File, access: Access) -> std::io::Result<()> {
    match access {
        Access::Usual => match std::fs::metadata(target) {
            Ok(meta) => temp.set_permissions(meta.permissions()),
            Err(_) => Ok(()),
        },
        Access::Private => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                temp.set_permissions(std::fs::Permissions::from_mode(0o600))
            }
            #[cfg(not(unix))]
            {
                Ok(())
            }
        }
    }
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A rename is only durable once its folder is synced; a folder that cannot be opened for
/// syncing (some network file systems) still got the rename.
fn sync_folder(folder: &Path) {
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
}

fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a named pipe";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    let _ = meta;
    "not a regular file"
}

/// Where the previous version of a saved file is kept: `FILE.bak` beside it.
#[must_use]
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

/// `path` with `suffix` added to its file name (`plan.ron` becomes `plan.ron.bak`).
#[must_use]
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path
        .file_name()
        .map(std::ffi::OsString::from)
        .unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}
