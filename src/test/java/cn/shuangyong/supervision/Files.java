package cn.shuangyong.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.mock.web.MockMultipartFile;

/** Small real files of each kind, and fakes, for upload tests. */
public final class Files {

	private Files() {
	}

	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	}

	/** The start of a Windows program: "MZ" and a DOS stub. */
	public static byte[] exe() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		System.arraycopy("This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII), 0, exe, 78, 38);
		return exe;
	}

	public static byte[] office(String mainPart) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				for (String name : new String[] { "[Content_Types].xml", mainPart }) {
					zip.putNextEntry(new ZipEntry(name));
					zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static MockMultipartFile part(String name, byte[] content) {
		return new MockMultipartFile("files", name, "application/octet-stream", content);
	}
}
