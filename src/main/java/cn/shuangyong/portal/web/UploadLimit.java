package cn.shuangyong.portal.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The Chinese sentence for a file over the upload limit. */
final class UploadLimit {

	private UploadLimit() {
	}

	static String message(MaxUploadSizeExceededException e) {
		long max = e.getMaxUploadSize();
		return max > 0 ? "文件超过了 " + (max / (1024 * 1024)) + " MB 的上限，未保存任何内容" : "文件超过了上传大小的上限，未保存任何内容";
	}
}
