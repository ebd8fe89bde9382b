package cn.shuangyong.beneficiaries.importing;

import cn.shuangyong.shared.web.UploadedFileName;

/**
 * A file name as the user sent it, made safe to show and to keep (security requirements §3 #19–20): cleaned as every
 * upload's name is ({@link UploadedFileName}: no folders, control or bidi/format characters), at most 100
 * characters. It is only ever displayed; files are stored under generated names and typed by content.
 */
final class FileNames {

	static final int MAX = 100;

	private FileNames() {
	}

	static String display(String sent) {
		String name = UploadedFileName.clean(sent);
		if (name.codePointCount(0, name.length()) > MAX) {
			int keepTail = name.lastIndexOf('.') >= 0 && name.length() - name.lastIndexOf('.') <= 8
					? name.length() - name.lastIndexOf('.') : 0;
			name = name.substring(0, name.offsetByCodePoints(0, MAX - keepTail)) + name.substring(name.length() - keepTail);
		}
		return name.isEmpty() || name.equals(".") || name.equals("..") ? "未命名文件" : name;
	}
}
