"""The learned relation reader: trained from annotated folders, shipped with kg, switchable off."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg import evaluate, graph
from kg.cli import cli
from kg.extract import learned
from kg.learn import train
from kg.pipeline import extract_graph

DATA = Path(__file__).resolve().parent / "data"


def _edges(g):
    names = {e.id: e.name for e in g.entities}
    return {(r.type, names[r.source], names[r.target]): r for r in g.relations}


# ways of saying 林澈 moved from 商汤科技 to 百川智能 that no rule reads
UNRULED_MOVES = ("林澈是从商汤科技过来的,如今在百川智能负责预训练。",
                 "林澈此前在商汤科技负责视觉大模型,今年 3 月换到了百川智能。",
                 "百川智能本月迎来了商汤科技的老将林澈。",
                 "林澈早年在商汤科技做检测算法,上个月到了百川智能。")


def test_the_shipped_model_reads_phrasings_no_rule_names(tmp_path):
    for i, text in enumerate(UNRULED_MOVES):
        (tmp_path / f"a{i}.txt").write_text(text + "\n", encoding="utf-8")
    rules = _edges(extract_graph([tmp_path], relation_model=False).graph)
    both = _edges(extract_graph([tmp_path]).graph)
    assert not [k for k in rules if k[0] == "RECRUITED_FROM"]
    learned_moves = [(k, r) for k, r in both.items() if r.evidence[0].rule.startswith("learned:")]
    assert learned_moves and all(k == ("RECRUITED_FROM", "林澈", "SenseTime") for k, _ in learned_moves)
    assert all(r.confidence < 0.8 for _, r in learned_moves)  # a learned guess ranks below the rules


def test_a_model_trained_on_a_folder_finds_more_there_than_the_rules(tmp_path):
    folder = DATA / "heldout_d"
    model = train([folder], min_count=1)
    path = tmp_path / "model.json"
    path.write_text(model.to_json(), encoding="utf-8")
    assert learned.load(path).weights == model.weights
    gold = evaluate.load_gold(folder / "gold.json")

    def recall(relation_model):
        g = extract_graph([folder], relation_model=relation_model).graph
        return evaluate.score(graph.to_json(g), gold)["relations"]["ALL"]["recall"], g

    rules_recall, _ = recall(False)
    model_recall, g = recall(path)
    assert model_recall > rules_recall
    assert any(r.evidence[0].rule.startswith("learned:") for r in g.relations)


def test_train_and_build_from_the_cli(tmp_path):
    runner = CliRunner()
    out = tmp_path / "m.json"
    r = runner.invoke(cli, ["train", str(DATA / "heldout_b"), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "weights" in r.output and learned.load(out).threshold == 0.8
    r = runner.invoke(cli, ["build", str(DATA / "heldout_b"), "--out", str(tmp_path / "o"), "--no-html", "--no-db",
                            "--relation-model", str(out)])
    assert r.exit_code == 0, r.output


def test_bad_models_and_folders_end_in_one_message(tmp_path):
    runner = CliRunner()
    (tmp_path / "a.txt").write_text("OpenAI 发布了 GPT-5。\n", encoding="utf-8")
    r = runner.invoke(cli, ["train", str(tmp_path), "--out", str(tmp_path / "m.json")])
    assert r.exit_code == 1 and "has no gold.json" in r.output and "Traceback" not in r.output
    r = runner.invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "o"), "--relation-model", str(tmp_path / "none.json")])
    assert r.exit_code == 1 and "does not exist" in r.output
    (tmp_path / "bad.json").write_text('{"weights": 3}', encoding="utf-8")
    r = runner.invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "o"), "--relation-model", str(tmp_path / "bad.json")])
    assert r.exit_code == 1 and "is not a kg relation model" in r.output
    r = runner.invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "o"), "--rules-only", "--relation-model", "x.json"])
    assert r.exit_code == 2 and "exclude each other" in r.output
    assert not (tmp_path / "o" / "graph.json").exists()


# the sets kept aside to estimate unseen news: no rule came from them, and the model never saw them
UNTOUCHED = {"heldout_al", "heldout_am", "heldout_aq", "heldout_ar", "heldout_as", "heldout_aw", "heldout_ax", "heldout_ay", "heldout_bb", "heldout_bc", "heldout_bf", "heldout_bg", "heldout_bh", "heldout_bi", "heldout_bm", "heldout_bn", "heldout_bo", "heldout_bs", "heldout_bu",
             "heldout_bv", "heldout_bx", "heldout_bz", "heldout_cc", "heldout_cf", "heldout_cg"}


def test_the_shipped_model_never_saw_the_untouched_sets():
    model = learned.load()
    assert model is not None and model.trained_on
    assert not UNTOUCHED & set(model.trained_on)
    assert all((DATA / name / "gold.json").is_file() for name in model.trained_on)  # it can be trained again
