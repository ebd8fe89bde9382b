package cn.shuangyong.publicity;

import java.util.List;

import cn.shuangyong.documents.publicnotice.Objection;
import cn.shuangyong.documents.publicnotice.PublicNotice;

/**
 * A selection as its page shows it: the places of each region (nominated and approved against them), the nominees
 * with their region and nominating unit, the 公示 and its objections, and what the reader may do.
 */
public record SelectionDetail(Selection selection, String regionName, List<Places> places, List<NomineeLine> nominees,
		PublicNotice notice, List<Objection> objections, boolean mayMove, boolean mayNominate) {

	public record Places(String regionCode, String regionName, int quota, int nominated, int approved) {
	}

	public record NomineeLine(Nominee nominee, String regionName, String nominatingUnit) {
	}
}
