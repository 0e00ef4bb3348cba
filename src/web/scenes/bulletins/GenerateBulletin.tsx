// 生成通报 from a round: pick 通报 or 工作专报; the draft opens in the editor.
import { FileTextOutlined } from "@ant-design/icons";
import { Button, Modal, Radio } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { bulletinsApi } from "../../api/bulletins.js";
import type { Id } from "../../api/types.js";
import { useAction } from "../../hooks/useAction.js";
import { BULLETIN_KINDS, type BulletinKind } from "../../../shared/bulletins.js";

export function GenerateBulletinButton({ roundId, label }: { roundId: Id; label: string }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<BulletinKind>("brief");
  const { busy, run } = useAction();
  const generate = () =>
    run(async () => {
      const b = await bulletinsApi.generate(roundId, kind);
      navigate(`/bulletins/${b.id}`);
    });
  return (
    <>
      <Button icon={<FileTextOutlined />} onClick={() => setOpen(true)}>生成通报</Button>
      <Modal open={open} title={`根据${label}调度生成`} okText="生成草稿" cancelText="取消" confirmLoading={busy} onOk={() => void generate()} onCancel={() => setOpen(false)}>
        <p>将按本轮报送情况、指标进展、经审定的报告和未销号的督导问题生成草稿，生成后可逐段修改。</p>
        <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as BulletinKind)} options={(Object.keys(BULLETIN_KINDS) as BulletinKind[]).map((k) => ({ value: k, label: BULLETIN_KINDS[k] }))} />
      </Modal>
    </>
  );
}
