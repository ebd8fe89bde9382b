package cn.shuangyong.shared.files;

import java.util.List;

import cn.shuangyong.shared.web.UploadedFileName;
import org.springframework.web.multipart.MultipartFile;

/** One uploaded file as a command carries it: the cleaned name the user gave and the bytes, not yet checked. */
public record Upload(String name, byte[] content) {

	@Override
	public String toString() {
		return "Upload[" + name + ", " + (content == null ? 0 : content.length) + " bytes]";
	}

	/** The files of a form's file field, leaving out the empty part a browser sends when none was chosen. */
	public static List<Upload> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
			try {
				return new Upload(UploadedFileName.of(f), f.getBytes());
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException("上传文件读取失败", e);
			}
		}).toList();
	}
}
