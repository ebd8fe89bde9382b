package cn.shuangyong.shared.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The name an uploaded file is kept and shown under, cleaned in this one place for every upload: without the folders
 * a browser may send along, without control characters (a NUL would reach PostgreSQL, which refuses it), without
 * Unicode format characters (category Cf: the direction control U+202E that makes "报告[U+202E]fdp.exe.pdf" look like
 * a PDF, zero-width spaces and joiners), without lone surrogates, without the characters Windows forbids in names,
 * and at most 200 characters, cut from the front so that the extension stays. The file's kind is still decided by
 * its content, never by this name.
 */
public final class UploadedFileName {

	static final int MAX_LENGTH = 200;

	private UploadedFileName() {
	}

	/** The cleaned name of an uploaded part; empty when the browser sent none. */
	public static String of(MultipartFile file) {
		return clean(file.getOriginalFilename());
	}

	public static String clean(String original) {
		if (original == null) {
			return "";
		}
		StringBuilder kept = new StringBuilder(original.length());
		original.codePoints().filter(UploadedFileName::shown).forEach(kept::appendCodePoint);
		String name = kept.toString();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		int length = name.codePointCount(0, name.length());
		return length > MAX_LENGTH ? name.substring(name.offsetByCodePoints(0, length - MAX_LENGTH)) : name;
	}

	private static boolean shown(int c) {
		int type = Character.getType(c);
		return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
				&& "\"<>|:*?".indexOf(c) < 0;
	}
}
