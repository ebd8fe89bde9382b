package cn.shuangyong.shared;

/**
 * A record that does not exist, or lies outside the user's data scope: both answer 404, so that a scope boundary
 * never tells whether a record exists beyond it.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
