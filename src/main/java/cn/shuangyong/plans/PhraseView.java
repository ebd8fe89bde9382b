package cn.shuangyong.plans;

import java.util.List;

import cn.shuangyong.directory.Unit;

/**
 * A unit phrase of a draft as the directory reads it: one unit, a group expanded to its members, or unknown until
 * someone maps it by hand.
 */
public record PhraseView(String phrase, State state, List<Unit> units) {

	public enum State {
		UNIT, GROUP, UNKNOWN
	}

	public boolean unknown() {
		return state == State.UNKNOWN;
	}
}
