"""Write an article in the other raw format, and to JSON and back.

Run: ``python examples/convert_formats.py``
"""

from __future__ import annotations

import doingoai
from doingoai import Article, ArticleFormat


def main() -> None:
    article = next(a for a in doingoai.sample() if a.format is ArticleFormat.DATE_HEADER)
    print(f"{article.title or article.lead!r:.70}… ({article.format.value}, {article.published})")

    as_jekyll = doingoai.dumps(article, ArticleFormat.JEKYLL)
    print("\nAs a Jekyll post:\n" + "\n".join(as_jekyll.splitlines()[:6]) + "\n…")
    again = doingoai.parse(as_jekyll)
    assert again.text == article.text
    assert again.published == article.published

    as_json = doingoai.to_json(article, indent=2)
    restored = doingoai.from_json(Article, as_json)
    assert restored == article
    print(f"\nJSON: {len(as_json):,} characters, round trip equal: {restored == article}")


if __name__ == "__main__":
    main()
