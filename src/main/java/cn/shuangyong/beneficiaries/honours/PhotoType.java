package cn.shuangyong.beneficiaries.honours;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The image types a photo may have, recognised by their signature bytes and confirmed by an image reader that can
 * read the header. Dimensions above {@value #MAX_SIDE} pixels are refused: a decompression bomb declares huge sizes.
 */
enum PhotoType {

	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "jpeg"),
	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, "png");

	static final int MAX_SIDE = 12_000;

	private final String contentType;

	private final byte[] signature;

	private final String format;

	PhotoType(String contentType, byte[] signature, String format) {
		this.contentType = contentType;
		this.signature = signature;
		this.format = format;
	}

	String contentType() {
		return contentType;
	}

	static Optional<PhotoType> of(byte[] content) {
		for (PhotoType type : values()) {
			if (content.length > type.signature.length
					&& Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length)
					&& type.readable(content)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	private boolean readable(byte[] content) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (!readers.hasNext() || input == null) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
