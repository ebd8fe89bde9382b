package cn.shuangyong.shared;

import java.util.List;

/** Input that breaks a rule; each problem is a Chinese sentence naming what is wrong and where. Nothing was changed. */
public class InvalidInputException extends RuntimeException {

	private final List<String> problems;

	public InvalidInputException(List<String> problems) {
		super(String.join("；", problems));
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String problem) {
		this(List.of(problem));
	}

	public List<String> problems() {
		return problems;
	}
}
