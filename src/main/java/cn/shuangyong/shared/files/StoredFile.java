package cn.shuangyong.shared.files;

import java.nio.file.Path;

/** A file just kept: its generated name, where it lies, its size and its SHA-256 in hex. */
public record StoredFile(String name, Path path, long size, String sha256) {
}
