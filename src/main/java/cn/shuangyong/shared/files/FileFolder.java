package cn.shuangyong.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.shuangyong.shared.NotFoundException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One module's folder of the {@link FileStore}. Each file gets a generated name (a UUID) and lies in a sub-folder
 * named by the name's first two characters, so that no folder grows past a few thousand entries. A file is written to
 * a temporary name first and moved into place whole; one written in a transaction that rolls back is removed again,
 * so refused input leaves nothing behind. Reads accept only names of this form, so no path can leave the folder.
 */
public final class FileFolder {

	/** A UUID, with the extension that report attachments stored before the one store carry. */
	private static final Pattern NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\.[a-z]{3,4})?");

	private final Path dir;

	FileFolder(Path dir) {
		this.dir = dir;
	}

	/** Keeps the bytes under a new name, refusing more than the limit allows; returns the name. */
	public String write(byte[] content, SizeLimit limit) {
		limit.check(content.length);
		String name = UUID.randomUUID().toString();
		Path target = path(name);
		try {
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
			try {
				Files.write(partial, content);
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(partial); // a disk that filled up must not leave half a file behind
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("文件无法保存", e);
		}
		removeOnRollback(name);
		return name;
	}

	/**
	 * Copies a stream into a new file, hashing it (SHA-256) as it goes and stopping as soon as it passes the limit:
	 * a file too large is never kept, not even in part.
	 */
	public StoredFile write(InputStream in, SizeLimit limit) throws IOException {
		String name = UUID.randomUUID().toString();
		Path target = path(name);
		Files.createDirectories(target.getParent());
		MessageDigest sha = sha256();
		long size = 0;
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				size += n;
				if (size > limit.maxBytes()) {
					throw limit.exceeded();
				}
				out.write(buffer, 0, n);
			}
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(target);
			throw e;
		}
		removeOnRollback(name);
		return new StoredFile(name, target, size, HexFormat.of().formatHex(sha.digest()));
	}

	/** The bytes of a kept file; a name whose file is gone answers 404. */
	public byte[] read(String name) {
		try {
			return Files.readAllBytes(path(name));
		}
		catch (NoSuchFileException e) {
			throw new NotFoundException("文件已不在存储目录中，请联系管理员");
		}
		catch (IOException e) {
			throw new UncheckedIOException("文件读取失败", e);
		}
	}

	/** Where a kept file lies, for a download that streams it. */
	public Path path(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("not a stored file name");
		}
		return dir.resolve(name.substring(0, 2)).resolve(name);
	}

	/** Removes a kept file; one already gone is no error. */
	public void delete(String name) {
		try {
			Files.deleteIfExists(path(name));
		}
		catch (IOException e) {
			throw new UncheckedIOException("文件无法删除", e);
		}
	}

	private void removeOnRollback(String name) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					try {
						Files.deleteIfExists(path(name));
					}
					catch (IOException e) {
						// a leftover file with no row is harmless: it is never served
					}
				}
			}
		});
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
