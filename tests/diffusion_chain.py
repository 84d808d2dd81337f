"""The keys of the real citing documents the diffusion tests use (tests/data/diffusion and
tests/data/diffusion_bare, copied byte for byte from the corpus): the Guangdong provincial
opinion 粤人社发〔2011〕306号 with the 惠州, 中山 (2013, and 2014 repealing it) and 佛山 texts citing
it, and the State Council decision 国发〔2005〕38号 with the Chengdu text naming it by its 文号 alone."""
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CHAIN_FILES = sorted((DATA / "diffusion").iterdir()) + sorted((DATA / "diffusion_bare").iterdir())
PROVINCE = "关于进一步做好农民工积分制入户和融入城镇工作的意见2011"
HUIZHOU = "关于进一步做好惠州市异地务工人员积分制入户城镇工作的意见2012"
ZHONGSHAN_2013, ZHONGSHAN_2014 = "中山市流动人员积分制管理规定2013", "中山市流动人员积分制管理规定2014"
FOSHAN = "关于进一步做好异地务工人员积分制入户城镇工作的意见-佛山市文件-佛山流动人口服务信息网2014"
STATE_COUNCIL = "国务院关于完善企业职工基_本_养_老_保_险_制_度_的_决_定2005"
CHENGDU = "成都市城乡居民养老保险试行办法"
