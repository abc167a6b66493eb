import cdktf


def main():
    # The app is built and synthesized in one expression.
    cdktf.App(stack_traces=False).synth()


if __name__ == "__main__":
    main()
