package cn.shuangyong.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Report files on disk, in a configurable folder (by default {@code attachments} in the data folder), each under a
 * generated name: the user's file name never becomes a path. A file written in a transaction that rolls back is
 * removed again, so a refused report leaves nothing behind.
 */
@Component
class AttachmentStore {

	private final Path root;

	AttachmentStore(
			@Value("${shuangyong.supervision.attachments.dir:${shuangyong.embedded-db.data-dir:data}/attachments}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** Writes the bytes and returns the generated name they are kept under. */
	String write(byte[] content, AttachmentKind kind) {
		String name = UUID.randomUUID() + "." + kind.name().toLowerCase(java.util.Locale.ROOT);
		Path target = path(name);
		try {
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), "upload", ".part");
			Files.write(partial, content);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("附件无法保存", e);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						delete(target);
					}
				}
			});
		}
		return name;
	}

	/** Where a stored file lies; the name is ours, checked again so that no path can leave the folder. */
	Path path(String storedName) {
		if (!storedName.matches("[0-9a-f-]{36}\\.[a-z]{3,4}")) {
			throw new IllegalArgumentException("not a stored attachment name");
		}
		return root.resolve(storedName.substring(0, 2)).resolve(storedName);
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			// a leftover file with no row is harmless; it is never served
		}
	}
}
