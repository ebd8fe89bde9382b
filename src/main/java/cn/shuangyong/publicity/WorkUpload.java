package cn.shuangyong.publicity;

/** A file sent with a work, as the form or the API received it: the name the user gave and the bytes. */
public record WorkUpload(String name, byte[] content) {

	public WorkUpload {
		name = name == null ? "" : name.strip();
		content = content == null ? new byte[0] : content;
	}

	public boolean empty() {
		return content.length == 0;
	}
}
