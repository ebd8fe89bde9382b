package cn.shuangyong.privacy;

import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/**
 * What reading an ID number gave: either a valid {@link IdNumber}, perhaps with warnings to check by hand (an address
 * code that is not current), or the problems that make it invalid, each a Chinese sentence. Never both.
 *
 * @param idNumber the number when valid, null otherwise
 */
public record IdNumberResult(IdNumber idNumber, List<String> warnings, List<String> problems) {

	public IdNumberResult {
		warnings = List.copyOf(warnings);
		problems = List.copyOf(problems);
		if ((idNumber == null) == problems.isEmpty()) {
			throw new IllegalArgumentException("either a valid ID number or at least one problem");
		}
	}

	static IdNumberResult accepted(IdNumber idNumber, List<String> warnings) {
		return new IdNumberResult(idNumber, warnings, List.of());
	}

	static IdNumberResult rejected(List<String> problems) {
		return new IdNumberResult(null, List.of(), problems);
	}

	public boolean isValid() {
		return idNumber != null;
	}

	/** @throws InvalidInputException with the problems, when the number is not valid */
	public IdNumber orElseThrow() {
		if (idNumber == null) {
			throw new InvalidInputException(problems);
		}
		return idNumber;
	}
}
