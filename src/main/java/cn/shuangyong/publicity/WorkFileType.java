package cn.shuangyong.publicity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a work may be, told by their content, never by the name alone: a program renamed film.mp4 is not a
 * video. Videos for films and micro-videos; documents and pictures for the rest.
 */
enum WorkFileType {

	MP4("video/mp4", true), WEBM("video/webm", true), AVI("video/x-msvideo", true), MPEG("video/mpeg", true),
	PDF("application/pdf", false),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
	JPG("image/jpeg", false), PNG("image/png", false);

	private final String mediaType;

	private final boolean video;

	WorkFileType(String mediaType, boolean video) {
		this.mediaType = mediaType;
		this.video = video;
	}

	String mediaType() {
		return mediaType;
	}

	boolean video() {
		return video;
	}

	static Optional<WorkFileType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
	}

	/** The type the bytes really are, if one of ours. */
	static Optional<WorkFileType> of(byte[] content, String fileName) {
		if (at(content, 4, "ftyp")) {
			return Optional.of(MP4); // ISO media: .mp4, .mov, .m4v
		}
		if (at(content, 0, new byte[] { 0x1a, 0x45, (byte) 0xdf, (byte) 0xa3 })) {
			return Optional.of(WEBM); // Matroska: .webm, .mkv
		}
		if (at(content, 0, "RIFF") && at(content, 8, "AVI ")) {
			return Optional.of(AVI);
		}
		if (at(content, 0, new byte[] { 0, 0, 1, (byte) 0xba }) || at(content, 0, new byte[] { 0, 0, 1, (byte) 0xb3 })) {
			return Optional.of(MPEG);
		}
		if (at(content, 0, "%PDF-")) {
			return Optional.of(PDF);
		}
		if (at(content, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G' })) {
			return Optional.of(PNG);
		}
		if (at(content, 0, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of(JPG);
		}
		if (at(content, 0, new byte[] { 'P', 'K', 3, 4 }) && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
			return Optional.of(DOCX);
		}
		return Optional.empty();
	}

	private static boolean at(byte[] content, int offset, String ascii) {
		return at(content, offset, ascii.getBytes(StandardCharsets.US_ASCII));
	}

	private static boolean at(byte[] content, int offset, byte[] signature) {
		return content.length >= offset + signature.length
				&& Arrays.equals(content, offset, offset + signature.length, signature, 0, signature.length);
	}
}
