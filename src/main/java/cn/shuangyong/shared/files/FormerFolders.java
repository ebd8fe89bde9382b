package cn.shuangyong.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A one-time move on the first start after an upgrade: the report attachments, model-city evidence and honour photos
 * that lay in three folders of their own (each with its own setting) move into their folders of the {@link FileStore}
 * under the same names, so every stored name keeps working. A folder already moved, or never made, is left alone.
 */
@Component
class FormerFolders {

	private static final Logger log = LoggerFactory.getLogger(FormerFolders.class);

	FormerFolders(FileStore store, Environment environment) {
		String data = environment.getProperty("shuangyong.embedded-db.data-dir", "data");
		List<Former> formers = List.of(
				new Former("shuangyong.supervision.attachments.dir", data + "/attachments", "supervision"),
				new Former("shuangyong.modelcity.evidence-dir", data + "-files/modelcity", "modelcity"),
				new Former("shuangyong.honours.photo-dir", data + "-honours-photos", "honours"));
		for (Former former : formers) {
			if (environment.containsProperty(former.setting())) {
				log.warn("设置 {} 已不再使用：文件统一保存在 shuangyong.files.dir（{}）下", former.setting(), store.root());
			}
			Path from = Path.of(environment.getProperty(former.setting(), former.defaultPath())).toAbsolutePath()
				.normalize();
			moveAll(from, store.folder(former.folder()));
		}
	}

	static int moveAll(Path from, FileFolder into) {
		if (!Files.isDirectory(from)) {
			return 0;
		}
		int moved = 0;
		try (Stream<Path> files = Files.walk(from, 2)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target;
				try {
					target = into.path(file.getFileName().toString());
				}
				catch (IllegalArgumentException notOurs) {
					continue; // a leftover .part or a file an operator put there: not a stored file
				}
				if (!Files.exists(target)) {
					Files.createDirectories(target.getParent());
					Files.move(file, target);
					moved++;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("无法把 " + from + " 中的文件移入统一的文件目录", e);
		}
		if (moved > 0) {
			log.info("已把 {} 中的 {} 个文件移入统一的文件目录", from, moved);
		}
		return moved;
	}

	private record Former(String setting, String defaultPath, String folder) {
	}
}
