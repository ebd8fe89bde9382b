package cn.shuangyong.publicity;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.directory.Region;
import cn.shuangyong.supervision.targets.Target;

/**
 * The quotas of a plan's items against accepted works: a target required of each region below the issuer gives
 * every such region its quota; a target in total gives the issuer's region the whole. Accepted works count in the
 * region their author unit lies in, or in any region below it.
 */
final class QuotaProgress {

	private QuotaProgress() {
	}

	/** An item's targets that count works, with that item's number. */
	record ItemTargets(long itemId, String itemNo, List<Counted> targets) {
	}

	/** A target and the kind of work it counts. */
	record Counted(Target target, WorkKind kind) {
	}

	static List<QuotaLine> of(List<ItemTargets> items, Region issuer, List<Region> below,
			List<WorkStore.Accepted> accepted) {
		List<QuotaLine> lines = new ArrayList<>();
		for (ItemTargets item : items) {
			for (Counted counted : item.targets()) {
				Target target = counted.target();
				WorkKind kind = counted.kind();
				List<Region> regions = target.perPrefecture() ? below : List.of(issuer);
				for (Region region : regions) {
					int count = accepted.stream()
						.filter(a -> a.itemId() == item.itemId() && a.kind().equals(kind.code())
								&& a.regionCode().startsWith(region.code().value()))
						.mapToInt(WorkStore.Accepted::count).sum();
					lines.add(new QuotaLine(item.itemId(), item.itemNo(), region.code().value(), region.name(), kind,
							target.name(), target.measure(), target.required(), count));
				}
			}
		}
		return lines;
	}
}
