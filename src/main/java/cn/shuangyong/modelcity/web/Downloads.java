package cn.shuangyong.modelcity.web;

import java.nio.charset.StandardCharsets;

import cn.shuangyong.modelcity.Download;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated or stored file as an attachment: the name RFC 6266/5987-encoded (filename*=UTF-8''…), never sniffed,
 * never cached.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> attachment(Download download) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.parseMediaType(download.mediaType()))
			.body(download.content());
	}
}
