package cn.shuangyong.shared;

/** A change that clashes with what is already there: a duplicate name, or an edit of a record someone else changed first. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
