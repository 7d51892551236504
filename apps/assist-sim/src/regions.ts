/**
 * Provinces by the first two digits of a resident identity number (and digits 3–4 of a unified social
 * credit code), with the short name used on plates and certificates and a few cities each: enough to
 * name local banks and make a subject's assets look like they are where the subject lives.
 */
export interface Region {
  code: string;
  /** 简称: 京, 沪, 粤 … */
  abbr: string;
  name: string;
  cities: readonly string[];
}

const table: [string, string, string, string][] = [
  ['11', '京', '北京市', '北京'],
  ['12', '津', '天津市', '天津 滨海'],
  ['13', '冀', '河北省', '石家庄 唐山 保定 邯郸 沧州 廊坊 邢台 衡水'],
  ['14', '晋', '山西省', '太原 大同 长治 晋城 运城 临汾'],
  ['15', '蒙', '内蒙古自治区', '呼和浩特 包头 鄂尔多斯 赤峰 通辽'],
  ['21', '辽', '辽宁省', '沈阳 大连 鞍山 抚顺 锦州 营口 丹东'],
  ['22', '吉', '吉林省', '长春 吉林 四平 延边 通化'],
  ['23', '黑', '黑龙江省', '哈尔滨 齐齐哈尔 大庆 牡丹江 佳木斯'],
  ['31', '沪', '上海市', '上海 浦东'],
  ['32', '苏', '江苏省', '南京 苏州 无锡 常州 南通 徐州 扬州 盐城 泰州 镇江'],
  ['33', '浙', '浙江省', '杭州 宁波 温州 绍兴 嘉兴 金华 台州 湖州 丽水'],
  ['34', '皖', '安徽省', '合肥 芜湖 蚌埠 安庆 阜阳 马鞍山'],
  ['35', '闽', '福建省', '福州 厦门 泉州 漳州 莆田 龙岩'],
  ['36', '赣', '江西省', '南昌 赣州 九江 上饶 宜春'],
  ['37', '鲁', '山东省', '济南 青岛 烟台 潍坊 临沂 济宁 淄博 威海 日照'],
  ['41', '豫', '河南省', '郑州 洛阳 南阳 新乡 许昌 商丘 开封 信阳'],
  ['42', '鄂', '湖北省', '武汉 宜昌 襄阳 荆州 黄冈 十堰'],
  ['43', '湘', '湖南省', '长沙 株洲 湘潭 衡阳 岳阳 常德'],
  ['44', '粤', '广东省', '广州 深圳 东莞 佛山 珠海 汕头 惠州 中山 江门 湛江'],
  ['45', '桂', '广西壮族自治区', '南宁 柳州 桂林 玉林 北海'],
  ['46', '琼', '海南省', '海口 三亚 儋州'],
  ['50', '渝', '重庆市', '重庆 万州 涪陵'],
  ['51', '川', '四川省', '成都 绵阳 德阳 宜宾 南充 泸州 乐山'],
  ['52', '贵', '贵州省', '贵阳 遵义 六盘水 安顺'],
  ['53', '云', '云南省', '昆明 曲靖 大理 红河 玉溪'],
  ['54', '藏', '西藏自治区', '拉萨 日喀则'],
  ['61', '陕', '陕西省', '西安 宝鸡 咸阳 榆林 渭南'],
  ['62', '甘', '甘肃省', '兰州 天水 白银 酒泉'],
  ['63', '青', '青海省', '西宁 海东'],
  ['64', '宁', '宁夏回族自治区', '银川 石嘴山 吴忠'],
  ['65', '新', '新疆维吾尔自治区', '乌鲁木齐 克拉玛依 喀什 伊犁'],
];

export const REGIONS: readonly Region[] = table.map(([code, abbr, name, cities]) => ({
  code,
  abbr,
  name,
  cities: cities.split(' '),
}));

const byCode = new Map(REGIONS.map((region) => [region.code, region]));

/** The subject's province: from the identity number, or the region digits of a credit code. */
export function regionOf(identifier: string, entity: boolean): Region {
  const code = entity ? identifier.slice(2, 4) : identifier.slice(0, 2);
  return byCode.get(code) ?? (REGIONS[0] as Region);
}
