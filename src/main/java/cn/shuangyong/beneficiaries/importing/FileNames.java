package cn.shuangyong.beneficiaries.importing;

/**
 * A file name as the user sent it, made safe to show and to keep (security requirements §3 #19–20): only the last
 * path segment, no control or bidi/format characters (报告\u202Efdp.exe would show as 报告exe.pdf), at most 100
 * characters. It is only ever displayed; files are stored under generated names and typed by content.
 */
final class FileNames {

	static final int MAX = 100;

	private FileNames() {
	}

	static String display(String sent) {
		String name = sent == null ? "" : sent;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		StringBuilder out = new StringBuilder();
		name.codePoints().filter(c -> !TextCell.illegal(c)).forEach(out::appendCodePoint);
		name = out.toString().strip();
		if (name.codePointCount(0, name.length()) > MAX) {
			int keepTail = name.lastIndexOf('.') >= 0 && name.length() - name.lastIndexOf('.') <= 8
					? name.length() - name.lastIndexOf('.') : 0;
			name = name.substring(0, name.offsetByCodePoints(0, MAX - keepTail)) + name.substring(name.length() - keepTail);
		}
		return name.isEmpty() || name.equals(".") || name.equals("..") ? "未命名文件" : name;
	}
}
