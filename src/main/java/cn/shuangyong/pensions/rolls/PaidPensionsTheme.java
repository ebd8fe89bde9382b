package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.figures.RegionFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's map theme of pensions: what the approved monthly rolls of the business year paid, by region, the
 * same sums as each roll's totals; rolls hold personal data, so only a role that may read it sees the theme.
 */
@Component
class PaidPensionsTheme implements RegionFigures {

	private final RollStore store;

	private final Directory directory;

	private final BusinessClock clock;

	PaidPensionsTheme(RollStore store, Directory directory, BusinessClock clock) {
		this.store = store;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public String key() {
		return "pensions-paid";
	}

	@Override
	public String nameKey() {
		return "pensions.theme.paid";
	}

	@Override
	public String unitKey() {
		return "pensions.theme.yuan";
	}

	@Override
	public boolean availableTo(CurrentUser user) {
		return user.can(Permission.PERSONAL_DATA_READ);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RegionFigure> below(String regionCode, CurrentUser user) {
		user.require(Permission.PERSONAL_DATA_READ);
		Region region = directory.region(RegionCode.of(regionCode)).orElseThrow();
		int length = region.level().below().map(l -> l.codeLength()).orElse(regionCode.length());
		Map<String, BigDecimal> paid = store.paidByRegion(user.scope(), regionCode, length, clock.today().getYear());
		Map<String, String> names = new java.util.HashMap<>();
		directory.children(region.code()).forEach(r -> names.put(r.code().value(), r.name()));
		names.put(regionCode, region.name());
		return paid.entrySet().stream()
			.map(e -> new RegionFigure(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue().doubleValue()))
			.toList();
	}
}
