package cn.shuangyong.beneficiaries.honours.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/** The bytes of an optional uploaded photo; the name the browser sent is never used. */
final class Uploads {

	private Uploads() {
	}

	static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
