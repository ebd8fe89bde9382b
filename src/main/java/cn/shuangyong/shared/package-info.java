/**
 * The few types every module shares: the business date and whether the platform runs in demo mode.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公共", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.shuangyong.shared;
