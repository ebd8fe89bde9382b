package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import cn.shuangyong.shared.files.FileFolder;
import cn.shuangyong.shared.files.FileTooLargeException;
import cn.shuangyong.shared.files.SizeLimit;
import cn.shuangyong.shared.files.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploaded files while they wait for and go through their import: kept in the file store's {@code imports} folder
 * under a generated name, never under the name the user sent (ASVS 5.3.2), hashed (SHA-256) as they are copied, and
 * deleted when their job ends or when they are refused (剩余信息保护). A job refers to its file by its full path, as it
 * does to an operator's local file.
 */
final class UploadStore {

	private static final Logger log = LoggerFactory.getLogger(UploadStore.class);

	record Stored(Path path, String sha256, long size) {
	}

	private UploadStore() {
	}

	/** Copies the stream into a new file of the upload folder, stopping with 413 once it passes the limit. */
	static Stored store(InputStream in, FileFolder folder, ImportSettings settings) throws IOException {
		try {
			StoredFile file = folder.write(in, SizeLimit.of(settings.maxFileSize(), "导入文件"));
			return new Stored(file.path(), file.sha256(), file.size());
		}
		catch (FileTooLargeException e) {
			throw tooLarge(settings);
		}
	}

	/** The SHA-256 of a file already on disk (an operator's local file). */
	static String sha256(Path file) throws IOException {
		MessageDigest sha = sha256();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[256 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				sha.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	static ImportFileException tooLarge(ImportSettings settings) {
		return new ImportFileException(ImportFileException.Kind.TOO_LARGE,
				"文件超过了导入文件 " + settings.maxFileSizeText() + " 的上限，未保存任何内容：请拆分为多个文件分批导入");
	}

	static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException e) {
			log.warn("无法删除上传文件 {}：{}", path.getFileName(), e.getMessage());
		}
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
