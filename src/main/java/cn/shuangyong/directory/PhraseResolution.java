package cn.shuangyong.directory;

import java.util.List;

/**
 * What a phrase in a document means: one unit (省民政厅), or a group expanded to its members (州直有关部门).
 */
public record PhraseResolution(String phrase, Kind kind, List<Unit> units) {

	public enum Kind {
		UNIT, GROUP
	}

	public PhraseResolution {
		units = List.copyOf(units);
	}
}
