package cn.shuangyong.supervision.materials;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Whom an office may ask for materials: the 双拥办 of each region directly below its own (the province asks the 16
 * prefecture offices, a prefecture its counties), and the other units of its own level (its member departments,
 * military units and service centre).
 */
@Component
public class MaterialsRecipients {

	private final Directory directory;

	MaterialsRecipients(Directory directory) {
		this.directory = directory;
	}

	/** The units an office may pick, and the offices below it as the group 下级双拥办. */
	public record Choice(List<Unit> lowerOffices, List<Unit> sameLevel) {

		public boolean contains(long unitId) {
			return lowerOffices.stream().anyMatch(u -> u.id().value() == unitId)
					|| sameLevel.stream().anyMatch(u -> u.id().value() == unitId);
		}
	}

	public Choice of(CurrentUser office) {
		RegionCode region = new RegionCode(office.regionCode());
		List<Unit> lower = new ArrayList<>();
		for (Region child : directory.children(region)) {
			directory.unitsIn(child.code()).stream().filter(u -> u.kind() == UnitKind.OFFICE).findFirst()
				.ifPresent(lower::add);
		}
		List<Unit> same = directory.unitsIn(region).stream()
			.filter(u -> u.id().value() != office.unitId() && u.kind() != UnitKind.SERVICE_STATION).toList();
		return new Choice(lower, same);
	}
}
