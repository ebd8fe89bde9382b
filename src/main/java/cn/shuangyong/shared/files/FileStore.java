package cn.shuangyong.shared.files;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place uploaded and kept files live: a root folder ({@code shuangyong.files.dir}, by default
 * {@code <data-dir>/files}) with a folder per module and use ({@code supervision}, {@code modelcity}, …). Several
 * application nodes share this root (a network mount), as they share the database. Files sit outside the web root
 * under generated names (ASVS 5.3.2); the name a user gave never reaches the file system.
 */
@Component
public class FileStore {

	private static final Pattern FOLDER = Pattern.compile("[a-z][a-z-]{1,30}");

	private final Path root;

	public FileStore(@Value("${shuangyong.files.dir:${shuangyong.embedded-db.data-dir:data}/files}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** The folder of one module or use; the name is ours, lower-case letters and hyphens. */
	public FileFolder folder(String name) {
		if (!FOLDER.matcher(name).matches()) {
			throw new IllegalArgumentException("folder name " + name);
		}
		return new FileFolder(root.resolve(name));
	}

	Path root() {
		return root;
	}
}
