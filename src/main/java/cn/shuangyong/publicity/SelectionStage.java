package cn.shuangyong.publicity;

/**
 * Where an exemplar selection stands: units nominate and the office reviews; the approved are in 公示, where
 * objections are answered and a nominee may still be rejected; after the 公示 has closed the office names them.
 */
public enum SelectionStage {

	NOMINATING, NOTICE, NAMED;

	public String messageKey() {
		return "publicity.selection.stage." + name();
	}
}
