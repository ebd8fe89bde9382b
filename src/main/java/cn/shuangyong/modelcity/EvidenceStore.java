package cn.shuangyong.modelcity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence files on disk, outside the web root, each under a generated name: the name a user gave never reaches the
 * file system (path traversal, odd characters). The folder is {@code shuangyong.modelcity.evidence-dir}.
 */
@Component
class EvidenceStore {

	private final Path folder;

	EvidenceStore(@Value("${shuangyong.modelcity.evidence-dir:${shuangyong.embedded-db.data-dir:data}-files/modelcity}") String folder) {
		this.folder = Path.of(folder).toAbsolutePath().normalize();
	}

	/** Writes the content under a new name and returns that name. */
	String put(byte[] content) {
		String name = UUID.randomUUID().toString();
		try {
			Files.createDirectories(folder);
			Path target = folder.resolve(name);
			try {
				Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			}
			catch (IOException e) {
				Files.deleteIfExists(target); // a disk that filled up must not leave half a file behind
				throw e;
			}
			return name;
		}
		catch (IOException e) {
			throw new UncheckedIOException("证明材料保存失败", e);
		}
	}

	byte[] get(String storedName) {
		if (!storedName.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("stored name " + storedName);
		}
		try {
			return Files.readAllBytes(folder.resolve(storedName));
		}
		catch (IOException e) {
			throw new UncheckedIOException("证明材料读取失败", e);
		}
	}

	void delete(String storedName) {
		try {
			Files.deleteIfExists(folder.resolve(storedName));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
