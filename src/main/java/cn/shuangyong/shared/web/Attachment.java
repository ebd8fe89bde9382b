package cn.shuangyong.shared.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a file leaves the platform. A download carries its Chinese name encoded per RFC 6266/5987 (an ASCII
 * stand-in in {@code filename}, the real name in {@code filename*=UTF-8''…}) so every browser keeps it; it is never
 * stored by a browser or proxy ({@code no-store}: most files name people or carry unpublished work) and never
 * sniffed into another type ({@code nosniff}: an uploaded file could otherwise run as a page).
 */
public final class Attachment {

	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Attachment() {
	}

	/** A download under this name; the caller adds the body. */
	public static ResponseEntity.BodyBuilder named(String fileName, MediaType type) {
		return ResponseEntity.ok().headers(headers(fileName, type));
	}

	public static ResponseEntity<byte[]> docx(String fileName, byte[] content) {
		return named(fileName, DOCX).body(content);
	}

	public static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
		return named(fileName, XLSX).body(content);
	}

	public static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
		return named(fileName, MediaType.APPLICATION_PDF).body(content);
	}

	/** A stored file, streamed from disk under the name it was uploaded with. */
	public static ResponseEntity<Resource> stored(String fileName, MediaType type, Path file, long size) {
		return named(fileName, type).contentLength(size).body(new FileSystemResource(file));
	}

	/**
	 * The same headers on a response the caller then writes itself, for a file made while it is sent (a large
	 * export). Call it before writing the first byte.
	 */
	public static void prepare(HttpServletResponse response, String fileName, MediaType type) {
		headers(fileName, type).forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
	}

	/** A file shown inside a page (a photo in an {@code <img>}): not a download, but as private and never sniffed. */
	public static ResponseEntity.BodyBuilder inline(MediaType type) {
		HttpHeaders headers = guarded(type);
		headers.setContentDisposition(ContentDisposition.inline().build());
		return ResponseEntity.ok().headers(headers);
	}

	private static HttpHeaders headers(String fileName, MediaType type) {
		HttpHeaders headers = guarded(type);
		// Spring quotes and encodes the name but lets control characters through to the ASCII stand-in
		String printable = fileName.replaceAll("\\p{Cntrl}", "_");
		headers.setContentDisposition(ContentDisposition.attachment().filename(printable, StandardCharsets.UTF_8).build());
		return headers;
	}

	private static HttpHeaders guarded(MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setCacheControl(CacheControl.noStore());
		headers.set("X-Content-Type-Options", "nosniff");
		return headers;
	}
}
