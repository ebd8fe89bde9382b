package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character set of a CSV file (security requirements §3 #25). A byte-order mark decides (UTF-8, UTF-16LE,
 * UTF-16BE) and is never read as part of the first heading. Without one the whole file must decode as strict UTF-8,
 * else as strict GB18030, which is what Excel's "CSV (逗号分隔)" writes on a Chinese Windows; a file that is neither
 * is refused rather than imported as mojibake.
 */
record CsvEncoding(Charset charset, int bomLength) {

	static final Charset GB18030 = Charset.forName("GB18030");

	static CsvEncoding of(Path file) throws IOException {
		byte[] head = new byte[3];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, 3);
		}
		if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
			return new CsvEncoding(StandardCharsets.UTF_8, 3);
		}
		if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
			return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
		}
		if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
			return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
		}
		for (Charset candidate : new Charset[] { StandardCharsets.UTF_8, GB18030 }) {
			if (decodesStrictly(file, candidate)) {
				return new CsvEncoding(candidate, 0);
			}
		}
		throw new ImportFileException(ImportFileException.Kind.INVALID,
				"无法识别文件编码：CSV 文件既不是 UTF-8 也不是 GB18030（GBK）编码，请在 Excel 中另存为“CSV UTF-8”或“CSV（逗号分隔）”后重新上传");
	}

	/** A reader over the text after the byte-order mark that stops at the first byte that is not this charset. */
	Reader open(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		in.skipNBytes(bomLength);
		return new InputStreamReader(in, strictDecoder(charset));
	}

	private static boolean decodesStrictly(Path file, Charset charset) throws IOException {
		char[] buffer = new char[64 * 1024];
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), strictDecoder(charset))) {
			while (reader.read(buffer) >= 0) {
				// reading is the check
			}
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	private static java.nio.charset.CharsetDecoder strictDecoder(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}
}
