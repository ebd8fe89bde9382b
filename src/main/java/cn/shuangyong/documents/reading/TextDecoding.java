package cn.shuangyong.documents.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import cn.shuangyong.documents.reading.UnreadableNoticeException.Reason;

/**
 * Decodes a text notice. A byte-order mark decides; otherwise strict UTF-8, then GB18030, which is what a Chinese
 * Windows saves text in. Bytes that decode to control characters are not text, whatever they decode as.
 */
final class TextDecoding {

	private static final Charset GB18030 = Charset.forName("GB18030");
	// A text file has no control characters but tab, line and page breaks; a few stray ones are tolerated.
	private static final double MAX_CONTROL_SHARE = 0.001;

	private TextDecoding() {
	}

	static String decode(byte[] content) {
		String text = withByteOrderMark(content);
		if (text == null) {
			if (hasNul(content)) {
				throw binary();
			}
			text = strict(content, StandardCharsets.UTF_8);
			if (text == null) {
				text = strict(content, GB18030);
			}
			if (text == null) {
				throw new UnreadableNoticeException(Reason.UNKNOWN_ENCODING,
						"无法识别文件的文字编码：请另存为 UTF-8 或 GB18030 编码的文本，或上传 Word、PDF 文件");
			}
		}
		if (controlShare(text) > MAX_CONTROL_SHARE) {
			throw binary();
		}
		return text;
	}

	private static String withByteOrderMark(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
			return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
		}
		if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
			return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
		}
		if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
			return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
		}
		return null;
	}

	private static String strict(byte[] content, Charset charset) {
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}

	private static boolean hasNul(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	private static double controlShare(String text) {
		long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
		return text.isEmpty() ? 0 : (double) control / text.length();
	}

	private static UnreadableNoticeException binary() {
		return new UnreadableNoticeException(Reason.BINARY,
				"文件不是文本、Word 或 PDF 文档，内容是无法识别的二进制数据");
	}
}
