package cn.shuangyong.shared.files;

import cn.shuangyong.shared.InvalidInputException;

/** A file over its use's {@link SizeLimit}; nothing of it was kept. */
public class FileTooLargeException extends InvalidInputException {

	FileTooLargeException(String problem) {
		super(problem);
	}
}
