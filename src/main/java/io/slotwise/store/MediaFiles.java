package io.slotwise.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The media files the local API was given as bytes, one file each in the data directory's {@code media} folder.
 * A file is written whole or not at all: to a temporary file beside it, forced to disk, then moved into place, so a
 * crash never leaves half a picture under a name a post links to.
 */
public final class MediaFiles {

    /** A name this folder holds: letters, digits, '-' and '_', then one extension; nothing that climbs out. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}\\.[a-z0-9]{1,8}");

    private final Path dir;

    public MediaFiles(Path dir) {
        this.dir = dir;
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public boolean exists(String name) {
        return isValidName(name) && Files.isRegularFile(dir.resolve(name));
    }

    /** The file's bytes, or empty when there is no such file. */
    public Optional<byte[]> read(String name) {
        if (!isValidName(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(dir.resolve(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("Cannot read the media file " + name + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code bytes} as {@code name}, replacing nothing half-way: all of it lands, or none. */
    public void write(String name, byte[] bytes) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("Not a media file name: " + name);
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".incoming-", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new StoreException("Cannot write the media file " + name + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary file is never read: its name is not a media name
                }
            }
        }
    }

    /** The names of the files held, sorted; none when the folder does not exist yet. */
    public List<String> names() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(MediaFiles::isValidName).sorted().toList();
        } catch (IOException e) {
            throw new StoreException("Cannot list the media folder: " + e.getMessage(), e);
        }
    }

    /** Deletes the file {@code name} if it is there. */
    public void delete(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("Not a media file name: " + name);
        }
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (IOException e) {
            throw new StoreException("Cannot delete the media file " + name + ": " + e.getMessage(), e);
        }
    }

    /** Where the files live. */
    public Path directory() {
        return dir;
    }
}
