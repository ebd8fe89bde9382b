package cn.shuangyong.modelcity;

import cn.shuangyong.shared.web.UploadedFileName;

/**
 * The name a file is shown under: cleaned as every upload's name is ({@link UploadedFileName}), at most 100
 * characters, and ending in the extension of the type its content was found to be.
 */
final class FileName {

	private FileName() {
	}

	static String display(String original) {
		String name = UploadedFileName.clean(original);
		if (name.length() > 100) {
			name = name.substring(0, 100);
		}
		return name.isEmpty() ? "证明材料" : name;
	}

	static String display(String original, EvidenceType type) {
		String name = display(original);
		String suffix = "." + type.extension();
		if (type == EvidenceType.JPG && name.toLowerCase().endsWith(".jpeg")) {
			return name;
		}
		return name.toLowerCase().endsWith(suffix) ? name : name + suffix;
	}
}
