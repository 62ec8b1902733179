"""doingoai.dask: the same articles and tables as one process, on Dask's schedulers.

Run on the local schedulers and on a ``distributed.LocalCluster`` of two worker
processes, against ``doingoai.read`` and ``to_pandas`` in this process.
"""

from __future__ import annotations

from importlib import resources

import dask
import pandas
import pytest
from distributed import Client, LocalCluster

import doingoai
from doingoai import ParseError, exports
from doingoai.dask import articles_of, errors_of, read_bag, to_dataframe

SAMPLE = str(resources.files("doingoai") / "sample" / "articles")


def same_frames(left, right):
    left = left.reset_index(drop=True)
    right = right.reset_index(drop=True)
    assert list(left.columns) == list(right.columns)
    # pandas gives a text column of one partition "str" and an empty one "object", and
    # each partition knows its own categories: text compares as values, the rest by type.
    text = ("object", "str", "string")
    for column in left.columns:
        a, b = left[column], right[column]
        if str(a.dtype) in text or str(b.dtype) in text:
            assert {str(a.dtype), str(b.dtype)} <= {*text}, column
            a, b = (c.astype(object).where(c.notna(), None) for c in (a, b))
        pandas.testing.assert_series_equal(a, b, check_categorical=False)


@pytest.mark.parametrize("scheduler", ["synchronous", "threads", "processes"])
def test_the_sample_as_one_process_reads_it(scheduler):
    expected = list(doingoai.read(SAMPLE))
    with dask.config.set(scheduler=scheduler):
        bag = read_bag(SAMPLE, files_per_partition=3)
        assert bag.npartitions == 4  # 11 files
        articles = bag.compute()
        assert articles == expected
        assert [a.source for a in articles] == [a.source for a in expected]
        for kind in doingoai.corpus.RECORD_KINDS:
            frame = to_dataframe(bag, kind).compute()
            same_frames(frame, exports.to_pandas(exports.records(expected, kind)))


def test_bad_files_raise_skip_or_are_collected(tmp_path):
    (tmp_path / "good.txt").write_text(" date 2024-05-06 Thủ tướng tiếp Đại sứ Ý.", "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    with dask.config.set(scheduler="synchronous"):
        with pytest.raises(ParseError, match=r"bad\.txt"):
            read_bag(tmp_path).compute()
        [kept] = read_bag(tmp_path, errors="skip").compute()
        assert kept.source.endswith("good.txt")
        bag = read_bag(tmp_path, errors="collect").persist()
        assert [a.source for a in articles_of(bag).compute()] == [kept.source]
        [error] = errors_of(bag).compute()
        assert error.source.endswith("bad.txt")
        # Tables leave the errors out.
        assert len(to_dataframe(bag, "articles").compute()) == 1


def test_bad_arguments_are_refused_at_once():
    with pytest.raises(ValueError, match="errors must be"):
        read_bag(SAMPLE, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="files_per_partition"):
        read_bag(SAMPLE, files_per_partition=0)
    with pytest.raises(ValueError, match="unknown kind"):
        to_dataframe(read_bag(SAMPLE), "people")


@pytest.fixture(scope="module")
def cluster_client():
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def test_the_real_posts_on_a_cluster_of_processes(cluster_client, realdata_dir):
    posts = realdata_dir / "trends" / "_posts"
    expected = list(doingoai.read(posts, workers=0))
    bag = read_bag(posts, files_per_partition=250).persist()
    assert bag.npartitions == 12
    articles = bag.compute()
    assert len(articles) == 3000
    assert articles == expected
    for kind in ("meetings", "directives", "titles", "documents"):
        same_frames(
            to_dataframe(bag, kind).compute(), exports.to_pandas(exports.records(expected, kind))
        )


def test_an_empty_folder_gives_an_empty_bag_and_empty_tables(tmp_path):
    with dask.config.set(scheduler="synchronous"):
        bag = read_bag(tmp_path)
        assert bag.compute() == []
        for kind in ("meetings", "events"):
            frame = to_dataframe(bag, kind).compute()
            assert len(frame) == 0
            assert list(frame.columns) == list(
                exports.to_pandas(exports.records(doingoai.sample(), kind)).columns
            )
