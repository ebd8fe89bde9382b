package cn.shuangyong.shared.files;

import org.springframework.util.unit.DataSize;

/**
 * The most one use lets a file weigh (ASVS 5.2.1), with the name of what is uploaded for the message that refuses
 * it: 照片, 证明材料, 附件.
 */
public record SizeLimit(long maxBytes, String what) {

	public static SizeLimit of(DataSize size, String what) {
		return new SizeLimit(size.toBytes(), what);
	}

	/** The limit as messages state it: 5 MB, 512 KB. */
	public String text() {
		return maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " KB";
	}

	/** Refuses a file of this many bytes when it is over the limit, saying by how much. */
	public void check(long actualBytes) {
		if (actualBytes > maxBytes) {
			throw exceededBy(actualBytes);
		}
	}

	private FileTooLargeException exceededBy(long actualBytes) {
		return new FileTooLargeException(what + "不能超过 " + text() + "（实际 "
				+ String.format("%.1f", actualBytes / 1048576.0) + " MB）");
	}

	FileTooLargeException exceeded() {
		return new FileTooLargeException(what + "超过了 " + text() + " 的上限，未保存任何内容");
	}
}
